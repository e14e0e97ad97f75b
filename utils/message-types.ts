// Every message type of the extension, declared once; each has its request (and answer) type in
// messages.ts. One export a type, so that a content script carries only the types it sends or reads.
/** Content script → worker: critique this draft (AnalyzeRequest → AnalyzeResponse). */
export const analyze = 'whypost:analyze';
/** Content script → worker: wake up, a composer got focus (PingRequest → { ok: true }). */
export const ping = 'whypost:ping';
/** Content script → worker: record a draft that reached the pre-publish check (RecordRequest → { ok }). */
export const record = 'whypost:record';
/** Popup or report → worker: change the recorded drafts, in the worker's one queue of writes (DraftsRequest → { ok }). */
export const drafts = 'whypost:drafts';
/** Card → worker: the linked pages in words (DescribeSourcesRequest → SourcesWords). */
export const describeSources = 'whypost:describe-sources';
/** Card → worker: open the page that asks for access to a site (OpenAccessRequest → { ok }). */
export const openAccess = 'whypost:open-access';
/** Card → worker: turn a rule off for a brand (RuleOffRequest → SaveResult). */
export const ruleOff = 'whypost:rule-off';
/** Worker → tab: a linked page was read or access changed, critique again (no answer). */
export const linksChanged = 'whypost:links-changed';
/** Popup → tab: what are you showing (CurrentRequest → CurrentPage). */
export const current = 'whypost:current';
/** Popup → tab: open the card of the current composer (OpenCardRequest → { ok }). */
export const openCard = 'whypost:open-card';
/** Worker → offscreen document: read this page's HTML (ReadPageRequest → a read page). */
export const readPage = 'whypost:read-page';
