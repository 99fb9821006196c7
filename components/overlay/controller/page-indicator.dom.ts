import type { OverlayTranslator } from '../words';
import { createIndicator, type IndicatorActions, type IndicatorHandle } from '../indicator.dom';
import type { Guard } from './environment';

/** A page may render its table late: the indicator waits this long before saying it found none. */
const SHOW_INDICATOR_AFTER_MS = 1500;

/** The one quiet "could not read" indicator of the page, created the first time it has something to say. */
export class PageIndicator {
  private handle: IndicatorHandle | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly guard: Guard,
    private readonly actions: IndicatorActions,
  ) {}

  /** Runs `due` once, a while from now (a pending run is not moved). */
  scheduleCheck(due: () => void): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.guard.run('indicator', due);
    }, SHOW_INDICATOR_AFTER_MS);
  }

  show(problems: string[], t: OverlayTranslator): void {
    this.handle ??= createIndicator(this.doc, t, this.actions);
    this.handle.show(problems);
  }

  hide(): void {
    this.handle?.hide();
  }

  remove(): void {
    this.handle?.host.remove();
  }
}
