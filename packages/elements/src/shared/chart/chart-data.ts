/**
 * Where a chart's data comes from: the vendor's `data` property, validated once per object it
 * is given, or, while that is unset, the client's records read through a `DataController`.
 *
 * @module
 */
import type { ParseResult, ValidationError } from '@interlude/core';
import type { ClientController, ClientHost } from '../internal/client-controller.js';
import { DataController, type DataSource, type DataState } from '../internal/data-controller.js';

/** A chart's two data sources. */
export interface ChartDataSource<Data> extends Omit<DataSource<Data>, 'enabled'> {
  /** The vendor's `data` property; while it is not `undefined`, nothing is read from the client. */
  readonly input: () => unknown;
  /** Validates the vendor's data (the chart's `parse…Data`). */
  readonly parse: (input: unknown) => ParseResult<Data>;
}

export class ChartData<Data> {
  readonly #source: ChartDataSource<Data>;
  readonly #reader: DataController<Data>;
  #parsed: { input: unknown; result: ParseResult<Data> } | undefined;

  constructor(host: ClientHost, clients: ClientController, source: ChartDataSource<Data>) {
    this.#source = source;
    this.#reader = new DataController(host, clients, {
      ...source,
      enabled: () => source.input() === undefined,
    });
  }

  /** The client read's state (charted from the vendor's data, it stays `disabled`). */
  get state(): DataState<Data> {
    return this.#reader.state;
  }

  /** The validated vendor data, or the data read from the client. */
  current(): Data | undefined {
    if (this.#source.input() === undefined) return this.#reader.value;
    const parsed = this.#parse();
    return parsed?.ok ? parsed.value : undefined;
  }

  /** Why the vendor's data was refused, or `undefined`. */
  get error(): ValidationError | undefined {
    const parsed = this.#parse();
    return parsed && !parsed.ok ? parsed.error : undefined;
  }

  /** Resolves once the current read (if any) has settled and the host has rendered it. */
  settled(): Promise<void> {
    return this.#reader.settled();
  }

  #parse(): ParseResult<Data> | undefined {
    const input = this.#source.input();
    if (input === undefined) return undefined;
    if (this.#parsed?.input !== input) this.#parsed = { input, result: this.#source.parse(input) };
    return this.#parsed.result;
  }
}
