import type { PortalHomeDto } from '@vte/contracts';
import { useEffect, useState } from 'react';
import { api } from '../lib/api-client';
import { pt } from './messages';

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: PortalHomeDto };

/** Digits and "+" only, for tel: links ("0255 3 867 123" → "02553867123"). */
const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** The local child-protection contacts, fetched from the server; the hotline text above is static. */
export function Contacts() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api
      .get<PortalHomeDto>('/portal/home', { signal: controller.signal })
      .then((data) => setState({ status: 'ready', data }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      });
    return () => controller.abort();
  }, [attempt]);

  if (state.status === 'loading') return <p aria-live="polite">{pt('loading')}</p>;
  if (state.status === 'error') {
    return (
      <p role="alert">
        {pt('loadFailed')}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setState({ status: 'loading' });
            setAttempt(attempt + 1);
          }}
        >
          {pt('retry')}
        </button>
      </p>
    );
  }
  const { contacts } = state.data;
  if (contacts.length === 0) return <p>{pt('empty')}</p>;

  return (
    <ul className="contacts">
      {contacts.map((contact, index) => (
        <li key={`${contact.name}-${index}`} className="contact">
          <h3>{contact.name}</h3>
          <p className="contact-unit">{contact.unitName}</p>
          <dl>
            {contact.phone ? (
              <div>
                <dt>{pt('phone')}</dt>
                <dd>
                  <a href={telHref(contact.phone)} aria-label={pt('call', { phone: contact.phone })}>
                    {contact.phone}
                  </a>
                </dd>
              </div>
            ) : null}
            {contact.email ? (
              <div>
                <dt>{pt('email')}</dt>
                <dd>
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </dd>
              </div>
            ) : null}
            {contact.address ? (
              <div>
                <dt>{pt('address')}</dt>
                <dd>{contact.address}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
