import type { UiLanguage } from '../../../lib/i18n/translate';
import type { UnreadStudent } from '../indicator-words';
import type { IndicatorActions, IndicatorHandle } from '../indicator.dom';
import type { PageProblem } from '../../../lib/portals/read-problem';
import type { OverlayParts } from './loaded-parts';
import type { Guard } from './environment';

/** A page may render its table late: the indicator waits this long before saying it found none. */
const SHOW_INDICATOR_AFTER_MS = 1500;

/**
 * The one quiet "could not read" indicator of the page, created the first time it has something to
 * say. Its script (with the words of why) is loaded then: most pages are read and never need it.
 */
export class PageIndicator {
  private handle: IndicatorHandle | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the latest word was "show": a load that finishes after a "hide" shows nothing. */
  private wanted = false;

  constructor(
    private readonly doc: Document,
    private readonly guard: Guard,
    private readonly actions: IndicatorActions,
    private readonly load: () => Promise<OverlayParts['indicator']>,
  ) {}

  /** Runs `due` once, a while from now (a pending run is not moved). */
  scheduleCheck(due: () => void): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.guard.run('indicator', due);
    }, SHOW_INDICATOR_AFTER_MS);
  }

  /** Says what the page lacks, or how many of its students could not be read and why. */
  show(problems: readonly PageProblem[], unread: readonly UnreadStudent[], language: UiLanguage): void {
    this.wanted = true;
    void this.guard.runAsync('indicator', async () => {
      const part = await this.load();
      if (!this.wanted) return;
      this.handle ??= part.createIndicator(this.doc, this.actions);
      this.handle.show(part.indicatorView(language, problems, unread), language);
    });
  }

  hide(): void {
    this.wanted = false;
    this.handle?.hide();
  }

  remove(): void {
    this.wanted = false;
    this.handle?.host.remove();
  }
}
