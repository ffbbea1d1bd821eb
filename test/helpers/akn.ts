/**
 * Akoma Ntoso test helpers: XSD validation with xmllint-wasm (libxml2 compiled to WebAssembly,
 * from npm: no system package needed) against the OASIS schema in shared/standards, and the
 * corpus as the builder's input (current documents, and the Act as at an earlier date from the
 * corpus history).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { memoryPages, validateXML, type XMLValidationError } from 'xmllint-wasm';
import { buildDocuments } from '../../scripts/pipeline/documents/build.js';
import { readCorpus } from '../../scripts/pipeline/corpus/read.js';
import type { AknProvision } from '../../src/akn/build.js';
import type { ProvisionDoc } from '../../src/schema/document.js';

const SCHEMA_IN_SHARED = 'shared/standards/akoma-ntoso';

/** AKN_SCHEMA_DIR, else `shared/standards/akoma-ntoso` beside the repository (or beside a folder above it: worktrees). */
function schemaDir(): string {
  if (process.env.AKN_SCHEMA_DIR) return resolve(process.env.AKN_SCHEMA_DIR);
  for (let dir = resolve('..'); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, SCHEMA_IN_SHARED, 'akomantoso30.xsd'))) return resolve(dir, SCHEMA_IN_SHARED);
    if (dirname(dir) === dir) throw new Error(`The Akoma Ntoso schema was not found in ../${SCHEMA_IN_SHARED} (nor above): set AKN_SCHEMA_DIR.`);
  }
}
export const SCHEMA_DIR = schemaDir();

export interface NamedXml {
  name: string;
  xml: string;
}

/** Validates documents in one xmllint run (the schema is read once); the errors of all of them. */
export async function validateAkn(docs: readonly NamedXml[]): Promise<XMLValidationError[]> {
  const schema = { fileName: 'akomantoso30.xsd', contents: readFileSync(resolve(SCHEMA_DIR, 'akomantoso30.xsd'), 'utf8') };
  const xmlXsd = { fileName: 'xml.xsd', contents: readFileSync(resolve(SCHEMA_DIR, 'xml.xsd'), 'utf8') };
  const result = await validateXML({
    xml: docs.map((d) => ({ fileName: `${d.name}.xml`, contents: d.xml })),
    schema: [schema],
    preload: [xmlXsd],
    maxMemoryPages: memoryPages.GiB,
  });
  return [...result.errors];
}

let documents: Promise<ProvisionDoc[]> | undefined;
/** The indexed documents as the build makes them from corpus/acts (with their references). */
export const corpusDocuments = (): Promise<ProvisionDoc[]> => (documents ??= buildDocuments());

let history: Promise<AknProvision[]> | undefined;
/** Past versions of provisions (corpus/acts/<act>/<lang>/history/), in the builder's shape. */
export const corpusHistory = (): Promise<AknProvision[]> =>
  (history ??= readCorpus('corpus/acts', 'history').then((ps) => ps.map((p) => ({ ...p.meta, blocks: p.blocks }))));
