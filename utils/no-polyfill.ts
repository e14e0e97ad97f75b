// Stands in for core-js 2, which twitter-text imports for ES2015 features every
// browser Whypost supports already has: the polyfills would only add weight and
// a `Function('return this')` that store reviewers flag (see wxt.config.ts).
export {};
