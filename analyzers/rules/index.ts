// The registry: every rule Whypost runs, in the order findings are listed.
// A meta-test checks that each file of this folder is registered, tested and
// described in both catalogs.
import type { Rule } from './types';
import { engagementBait } from './engagement-bait';
import { pressReleaseDump } from './press-release-dump';
import { weekendAnecdote } from './weekend-anecdote';
import { noObjective } from './no-objective';
import { missingCallToAction } from './missing-call-to-action';
import { missingValue } from './missing-value';
import { missingAudience } from './missing-audience';
import { untrackedLink } from './untracked-link';
import { hashtagStuffing } from './hashtag-stuffing';
import { buzzwords } from './buzzwords';
import { selfCentred } from './self-centred';
import { tooLongForPlatform } from './too-long-for-platform';
import { bannedTerm } from './banned-term';
import { missingRequiredTerm } from './missing-required-term';
import { brandCondition } from './brand-condition';
import { commentToReceive } from './comment-to-receive';
import { tagForReach } from './tag-for-reach';

export const RULES: readonly Rule[] = [
  engagementBait,
  commentToReceive,
  pressReleaseDump,
  weekendAnecdote,
  noObjective,
  missingCallToAction,
  missingValue,
  missingAudience,
  untrackedLink,
  hashtagStuffing,
  tagForReach,
  buzzwords,
  selfCentred,
  tooLongForPlatform,
  bannedTerm,
  missingRequiredTerm,
  brandCondition,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
export type { Rule, Hit, RuleContext } from './types';
