// A Node DOM for page-layer tests (linkedom: the same DOM the CLI uses).
import { parseHTML } from 'linkedom';

export function pageFrom(html: string): Document {
  const { document } = parseHTML(html.startsWith('<!doctype') ? html : `<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  return document as unknown as Document;
}

/** Real sentences from the seed article (Kursk), long enough for readArticle's article threshold. */
export const SEED = {
  putin:
    'Congratulating the Russian military for taking Kursk back from surprise Ukrainian incursion on 1,300 square kilometers, Vladimir Putin said, “The complete defeat of our enemy along Kursk\'s border region creates the right conditions for further successes for our troops and in other important areas of the front.”',
  gerasimov:
    'Valery Gerasimov, chief of Russia\'s General Staff, praised North Korean officers and soldiers for their role in Kursk, saying they demonstrated “high professionalism, fortitude, courage, and heroism” while carrying out combat missions “shoulder to shoulder” with Russian troops, Reuters reported.',
  ukraine:
    'To this, Ukraine has said, “The statements of representatives of the high command of the aggressor country about the alleged end of hostilities in the Kursk region of the Russian Federation are not true.”',
  reports:
    'According to reports, North Korea sent an estimated total of 14,000 troops to fight in the Kursk region.',
};
