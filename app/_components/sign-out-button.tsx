import { LogOut } from 'lucide-react';
import { signOutAction } from '../(auth)/_actions/sign-out';
import { Button } from './ui/button';

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <Button type="submit" variant="ghost" size="sm">
        <LogOut aria-hidden />
        Sign out
      </Button>
    </form>
  );
}
