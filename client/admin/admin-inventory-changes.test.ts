import { describe, expect, it } from 'vitest'
import type { InventoryVariant } from '../../shared/catalog/admin-inventory-schema.ts'
import { asVariantId } from '../../shared/ids.ts'
import { changesOf } from './admin-inventory-changes.ts'

const variant: InventoryVariant = {
  id: asVariantId('00000000-0000-4000-8000-000000000001'),
  sku: 'SHOE-42',
  optionValues: { size: '42' },
  price: 8999,
  compareAtPrice: 9999,
  stock: 4,
  revision: 7,
}

type Row = { readonly case: string; readonly args: [string, string, number, string]; readonly sent: unknown }

describe('changesOf', () => {
  it.each<Row>([
    { case: 'a stock delta only', args: ['89.99', '99.99', 3, ''], sent: { expectedRevision: 7, stockDelta: 3 } },
    { case: 'a new price', args: ['79,99', '99.99', 0, ''], sent: { expectedRevision: 7, price: 7999 } },
    { case: 'a sale ended', args: ['89.99', ' ', 0, ''], sent: { expectedRevision: 7, compareAtPrice: null } },
    {
      case: 'a delta with its reason',
      args: ['89.99', '99.99', -2, ' damaged '],
      sent: { expectedRevision: 7, stockDelta: -2, reason: 'damaged' },
    },
    { case: 'nothing changed', args: ['89.99', '99.99', 0, 'count'], sent: 'admin.inventory.nothingChanged' },
    { case: 'a price that is no amount', args: ['12.345', '', 0, ''], sent: 'admin.inventory.invalidPrice' },
    {
      case: 'a compare-at price not above the price',
      args: ['89.99', '89.99', 0, ''],
      sent: 'admin.inventory.invalidCompareAt',
    },
    {
      case: 'a compare-at price that is no amount',
      args: ['89.99', 'x', 0, ''],
      sent: 'admin.inventory.invalidCompareAt',
    },
  ])('sends $case', ({ args, sent }) => {
    expect(changesOf(variant, ...args)).toEqual(sent)
  })
})

describe('changesOf for a product sold in yen', () => {
  const yen: InventoryVariant = { ...variant, price: 2980, compareAtPrice: 3480 }
  it.each<Row>([
    { case: 'a new price in whole yen', args: ['2480', '3480', 0, ''], sent: { expectedRevision: 7, price: 2480 } },
    { case: 'a stock delta only', args: ['2980', '3480', 1, ''], sent: { expectedRevision: 7, stockDelta: 1 } },
    { case: 'a price with decimals', args: ['29.80', '3480', 0, ''], sent: 'admin.inventory.invalidPrice' },
    { case: 'a compare-at with decimals', args: ['2980', '34.80', 0, ''], sent: 'admin.inventory.invalidCompareAt' },
  ])('sends $case', ({ args, sent }) => {
    expect(changesOf(yen, ...args, 'JPY')).toEqual(sent)
  })
})
