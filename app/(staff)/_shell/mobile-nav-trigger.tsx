import { Menu } from 'lucide-react';

/** What the Menu button shows. */
export function MenuFace() {
  return (
    <>
      <Menu aria-hidden className="size-5" />
      <span className="sr-only">Menu</span>
    </>
  );
}
