// Middleware, added to builds only (usb.ts): hands each rendered page to the USB copy, which works on it in
// its worker thread while Astro renders the next, rather than reading every page back once all are written.
import { defineMiddleware } from 'astro:middleware';
import { pageTaker, renderedFile } from './usb-channel.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const take = pageTaker();
  if (!take || !response.body || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  take(renderedFile(context.url.pathname, context.routePattern), body);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
