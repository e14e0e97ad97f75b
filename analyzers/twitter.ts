// twitter-text is CommonJS in Node and a default-only ES module in bundlers:
// both expose the library on `default`.
import * as namespace from 'twitter-text';

type TwitterText = typeof namespace;
const lib: TwitterText = (namespace as unknown as { default?: TwitterText }).default ?? namespace;

export const extractEntitiesWithIndices = lib.extractEntitiesWithIndices;
export const parseTweet = lib.parseTweet;
