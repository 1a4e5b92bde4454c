/** From this many units down the shop says how many are left. */
export const lowStockThreshold = 5

export type StockLevel = 'in' | 'low' | 'out'

export function stockLevel(stock: number): StockLevel {
  return stock <= 0 ? 'out' : stock <= lowStockThreshold ? 'low' : 'in'
}
