// The thresholds of linked-page checks, in a module of their own so that the
// critique card can read them without loading the analyzer.

/** A draft that copies at least this share of its words from a press release, with no angle, is a dump. */
export const DUMP_SHARE = 0.4;
/** A copied headline is enough at a lower share: the headline is the release's whole message. */
export const DUMP_SHARE_WITH_HEADLINE = 0.25;
/** At most this many links of a draft are read. */
export const MAX_LINKS = 3;
