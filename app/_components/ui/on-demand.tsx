'use client';
// Menus and sheets in the app shells are on every page but opened on few visits. Their code (Radix,
// its positioning engine) loads when the person reaches for the trigger, not with the page.
import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
  useState,
} from 'react';

type Opened = { defaultOpen: boolean };

/** What the stand-in trigger needs: hover or focus fetches the code early, a click opens. */
type Intent = { onPointerEnter?: () => void; onFocus?: () => void; onClick?: () => void };

type OnDemandControl<Props extends Opened> = {
  Real: LazyExoticComponent<ComponentType<Props>>;
  preload: () => void;
};

/** A control whose code is fetched once, on first need; for OnDemand. */
export function onDemand<Props extends Opened>(
  load: () => Promise<ComponentType<Props>>,
): OnDemandControl<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const fetchOnce = () => {
    loading ??= load().then((component) => ({ default: component }));
    return loading;
  };
  return { Real: lazy(fetchOnce), preload: () => void fetchOnce() };
}

/**
 * A stand-in trigger (drawn by `trigger`, looking like the real one) until its first click, then
 * the real control, mounted open.
 */
export function OnDemand<Props extends Opened>({
  control,
  props,
  trigger,
}: {
  control: OnDemandControl<Props>;
  props: Omit<Props, 'defaultOpen'>;
  trigger: (intent: Intent) => ReactNode;
}) {
  const [wanted, setWanted] = useState(false);
  const { Real, preload } = control;
  if (!wanted) return trigger({ onPointerEnter: preload, onFocus: preload, onClick: () => setWanted(true) });
  return (
    <Suspense fallback={trigger({})}>
      <Real {...(props as Props)} defaultOpen />
    </Suspense>
  );
}
