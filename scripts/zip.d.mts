// Types for scripts/zip.mjs.
export declare function zipDirectory(sourceDir: string, zipFile: string): number;
export declare function directorySize(dir: string): number;
