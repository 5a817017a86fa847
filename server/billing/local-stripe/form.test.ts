import { describe, expect, it } from 'vitest';
import { parseStripeForm } from './form';

describe('parseStripeForm', () => {
  it('reads bracketed keys into objects and indexed keys into ordered arrays', () => {
    const body =
      'mode=subscription&line_items[0][price]=price_local_group&line_items[0][quantity]=3' +
      '&metadata[practiceId]=p1&subscription_data[metadata][practiceId]=p1&items[1][id]=b&items[0][id]=a';
    expect(parseStripeForm(body)).toEqual({
      mode: 'subscription',
      line_items: [{ price: 'price_local_group', quantity: '3' }],
      metadata: { practiceId: 'p1' },
      subscription_data: { metadata: { practiceId: 'p1' } },
      items: [{ id: 'a' }, { id: 'b' }],
    });
  });

  it('reads expand[] (empty brackets, encoded or not) as a list in order', () => {
    expect(parseStripeForm('expand[]=latest_invoice&expand%5B%5D=customer')).toEqual({
      expand: ['latest_invoice', 'customer'],
    });
    expect(parseStripeForm('expand[0]=customer')).toEqual({ expand: ['customer'] });
  });

  it('decodes values and keeps empty ones (Stripe unsets a field given "")', () => {
    expect(parseStripeForm('name=Caf%C3%A9+%26+Co&metadata[old]=')).toEqual({
      name: 'Café & Co',
      metadata: { old: '' },
    });
  });
});
