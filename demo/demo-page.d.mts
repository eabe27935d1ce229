// Types for demo/demo-page.mjs.
export declare function sharedDir(): string;
export declare const SEED_ARTICLE: string;
export declare const DEMO_PATH: string;
export declare const DEMO_TITLE: string;
export declare function readSeedParagraphs(): string[];
export declare function buildDemoPage(paragraphs?: string[]): string;
