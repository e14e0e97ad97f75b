import type { Element, Severity } from '../types';
import type { Draft } from '../draft';
import type { BriefCore } from '../brief';
import type { SourceMatch } from '../sources';

/** What a rule reports: data, never prose. The catalogs turn it into words. */
export interface Hit {
  /** Key of the message in the rule's catalog entry; `default` when absent. */
  messageId?: string;
  start?: number;
  end?: number;
  data?: Record<string, string | number>;
  /** Overrides the rule's severity for this hit (brand conditions carry their own). */
  severity?: Severity;
}

export interface RuleContext {
  draft: Draft;
  brief: BriefCore;
  /** The pages the draft links to, when the caller read them. */
  sources: readonly SourceMatch[];
}

export interface Rule {
  /** Kebab-case, equal to the file name; names the problem. */
  id: string;
  /** The business element the rule protects. */
  category: Element;
  severity: Severity;
  enabledByDefault: boolean;
  /** Runs on drafts in languages the lexicons do not cover. */
  languageNeutral: boolean;
  check(context: RuleContext): Hit[];
}
