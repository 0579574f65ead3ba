/**
 * Generations of media acquisitions, per slot (the preview camera, the session microphone…).
 * Starting a capture takes a ticket for its slot; stopping the slot, leaving, destroying — or a newer
 * start — takes a newer one. A capture that resolves when its ticket is no longer the newest must stop
 * what it got at once. So a getUserMedia that resolves after stop, leave or unmount, or a preview
 * started twice (React Strict Mode prepares twice), never leaves a camera or microphone live.
 */
export class Acquisitions<Slot extends string> {
  private readonly latest = new Map<Slot, number>();
  private next = 0;

  /** A new ticket for `slot`: every earlier one for it is stale from now on. */
  take(slot: Slot): number {
    this.next += 1;
    this.latest.set(slot, this.next);
    return this.next;
  }

  /** Makes every capture still pending for these slots stale. */
  revoke(...slots: Slot[]): void {
    for (const slot of slots) this.take(slot);
  }

  /** Whether `ticket` is still the newest for `slot` (its capture may be kept). */
  current(slot: Slot, ticket: number): boolean {
    return this.latest.get(slot) === ticket;
  }
}
