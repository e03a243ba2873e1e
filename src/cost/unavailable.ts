/** The estimate cannot be made as asked (a region or instance type the prices do not cover). */
export class CostUnavailable extends Error {
  override readonly name = "CostUnavailable";
}
