// What both content scripts do: hold Post clicks from document_start, then
// track composers once the page has a body.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { interceptPublishing } from './intercept';
import type { PlatformAdapter } from '../utils/composers/types';
import { Session } from './session';

export function startWhypost(ctx: ContentScriptContext, adapter: PlatformAdapter): Session {
  const session = new Session(ctx, adapter);
  interceptPublishing(session);
  const begin = () => void session.start();
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', begin, { once: true });
  else begin();
  return session;
}
