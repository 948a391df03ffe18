import { InterludeEvent } from './interlude-event.js';

/** Detail of {@link IlClinicExportEvent}. */
export interface ClinicExportDetail {
  /** The report as CSV (core's `clinicAggregatesToCsv`): suppressed groups carry only their size. */
  readonly csv: string;
  /** The file name offered for the download. */
  readonly filename: string;
}

/**
 * `il-clinic-export`: the director exported the clinic overview as CSV. Cancelable: call
 * `preventDefault()` to handle the file yourself (the element then does not download it).
 */
export class IlClinicExportEvent extends InterludeEvent<ClinicExportDetail> {
  static readonly type = 'il-clinic-export';
  constructor(detail: ClinicExportDetail) {
    super(IlClinicExportEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'il-clinic-export': IlClinicExportEvent;
  }
}
