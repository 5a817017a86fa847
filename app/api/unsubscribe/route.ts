// RFC 8058 one-click unsubscribe: a mail provider POSTs `List-Unsubscribe=One-Click` to the URL in
// the List-Unsubscribe header, token in the query string. No GET handler: a GET changes nothing.

import { refusalResponse } from '@/app/_lib/refusal-response';
import { getDb } from '@/server/db';
import { unsubscribeByToken } from '@/server/services/notification-preferences/unsubscribe-by-token';

const ONE_CLICK = 'One-Click';

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const form = await request.formData().catch(() => null);
  if (form?.get('List-Unsubscribe') !== ONE_CLICK) {
    return Response.json({ error: 'Expected List-Unsubscribe=One-Click.' }, { status: 400 });
  }
  try {
    const { category } = await unsubscribeByToken(await getDb(), token);
    return Response.json({ unsubscribed: category });
  } catch (error) {
    return refusalResponse(error);
  }
}
