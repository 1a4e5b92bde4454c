/** The stored server state of the shopper's cart and wishlist (the one row of `shopperState`). */
import type { ShopperState } from '../../shared/cart/cart.ts'
import type { LocalDb } from './local-db.ts'
import { shopperStateKey } from './storage-keys.ts'

export function readShopperState(db: LocalDb): Promise<ShopperState | undefined> {
  return db.shopperState.get(shopperStateKey)
}

export function storeShopperState(db: LocalDb, state: ShopperState): Promise<unknown> {
  return db.shopperState.put({
    key: shopperStateKey,
    cart: state.cart,
    wishlist: state.wishlist,
    version: state.version,
  })
}
