export declare const HASH_FILE: string;
export declare function sourceHash(): Promise<string>;
export declare function assertDistFresh(): Promise<void>;
