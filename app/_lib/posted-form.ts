/**
 * A server action's form data. Anyone can post an action any arguments (a Next-Action header and a
 * body React decodes), so an action reads its form through this: anything that is not a form
 * reads as an empty one, which the action then refuses as it refuses empty fields.
 */
export function postedForm(posted: unknown): FormData {
  return posted instanceof FormData ? posted : new FormData();
}
