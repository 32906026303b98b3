/**
 * `Excel.run(context, batch)`: a batch on a request context made earlier, as Office.js requires for
 * removing an event handler (`EventHandlerResult.context`). Tests pass one over their mock context.
 */
export type ExcelRunOn = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** `Excel.run` on an existing context, looked up when called so that importing this module never needs office.js. */
export const defaultExcelRunOn: ExcelRunOn = (context, batch) => Excel.run(context, batch);
