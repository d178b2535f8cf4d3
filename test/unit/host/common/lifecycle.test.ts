import assert from 'node:assert/strict';
import { Disposable, DisposableStore, disposeAll, toDisposable } from '../../../../src/host/common/lifecycle';

class Owner extends Disposable {
  register(fn: () => void): void {
    this._register(toDisposable(fn));
  }
}

describe('lifecycle', () => {
  it('disposes what it owns once, newest first', () => {
    const order: string[] = [];
    const owner = new Owner();
    owner.register(() => order.push('a'));
    owner.register(() => order.push('b'));
    owner.dispose();
    owner.dispose();
    assert.deepEqual(order, ['b', 'a']);
  });

  it('disposes at once what is added after disposal', () => {
    const store = new DisposableStore();
    store.dispose();
    let disposed = false;
    store.add(toDisposable(() => (disposed = true)));
    assert.equal(disposed, true);
  });

  it('disposes the rest when one throws, then rethrows', () => {
    const order: string[] = [];
    const items = [toDisposable(() => order.push('a')), toDisposable(() => { throw new Error('boom'); }), toDisposable(() => order.push('c'))];
    assert.throws(() => disposeAll(items), /boom/);
    assert.deepEqual(order, ['c', 'a']);
    assert.equal(items.length, 0);
  });
});
