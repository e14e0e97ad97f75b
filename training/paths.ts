// Where the learned judgement's files live.
import { fileURLToPath } from 'node:url';

/** The committed weights, read by analyze() and written by `npm run train`. */
export const MODEL_PATH = fileURLToPath(new URL('../analyzers/model/model.json', import.meta.url));

/** The lexicons' word filters, read by the language check and written by `npm run train`. */
export const WORDS_PATH = fileURLToPath(new URL('../analyzers/words.json', import.meta.url));
