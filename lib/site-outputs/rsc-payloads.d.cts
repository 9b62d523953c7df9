/** Whether a file of the export, by its name, is one of Next's RSC payloads, which nothing reads (rsc-payloads.cjs). */
export declare const isRscPayload: (name: string) => boolean;
