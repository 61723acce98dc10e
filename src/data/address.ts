/** A source's address when it is one a link may go to (http: or https:), else undefined. */
export const httpAddress = (url: string | undefined): string | undefined => (url && /^https?:\/\//i.test(url) ? url : undefined);
