import { signOutAction } from '../(auth)/_actions/sign-out';

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="link-button">
        Sign out
      </button>
    </form>
  );
}
