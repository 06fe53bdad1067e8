import { IANAZone, Zone, ZoneOffsetFormat, ZoneOffsetOptions } from 'luxon';

const MINUTE_MS = 60_000;
const MAX_REMEMBERED = 100_000;

/**
 * An IANA zone that remembers the offsets luxon asks it for, per minute. luxon gets each offset
 * from Intl (formatToParts), and an availability request asks for hundreds: slot starts repeat
 * from request to request, and offsets only change at transitions, which fall on whole minutes.
 * Everything else (names, formatting, equality) is the IANA zone's own.
 */
class RememberedZone extends Zone<true> {
  private readonly offsets = new Map<number, number>();

  constructor(private readonly iana: IANAZone<true>) {
    super();
  }

  override get type(): string {
    return this.iana.type;
  }

  override get name(): string {
    return this.iana.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): true {
    return true;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.iana.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.iana.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    const minute = Math.floor(ts / MINUTE_MS);
    let offset = this.offsets.get(minute);
    if (offset === undefined) {
      offset = this.iana.offset(ts);
      if (this.offsets.size >= MAX_REMEMBERED) this.offsets.clear();
      this.offsets.set(minute, offset);
    }
    return offset;
  }

  override equals(other: Zone): boolean {
    return other.type === this.type && other.name === this.name;
  }
}

const zones = new Map<string, RememberedZone>();

/** The named IANA zone with remembered offsets, one per name per process; throws on an unknown name. */
export function rememberedZone(name: string): Zone<true> {
  let zone = zones.get(name);
  if (!zone) {
    const iana = IANAZone.create(name);
    if (!iana.isValid) throw new Error(`Not a time zone: ${name}`);
    zone = new RememberedZone(iana);
    zones.set(name, zone);
  }
  return zone;
}
