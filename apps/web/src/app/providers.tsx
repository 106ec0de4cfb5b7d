import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, useState, type ReactNode } from 'react';
import { onPasswordChangeRequired, onSessionLost } from '../lib/api-client';
import { cspNonce } from '../lib/csp';
import { meQueryKey } from '../lib/auth';
import { usePhone } from '../lib/hooks';
import { locale, t } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

dayjs.locale(locale === 'vi' ? 'vi' : 'en');

const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    colorLink: '#0b5cad',
    borderRadius: 6,
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
};

/** When the server says the session is gone, forget cached data; RequireAuth then sends the user to sign in. */
function SessionWatcher() {
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  useEffect(
    () =>
      onSessionLost((code) => {
        const wasSignedIn = Boolean(queryClient.getQueryData(meQueryKey));
        queryClient.setQueryData(meQueryKey, null);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
        if (wasSignedIn || code === 'SESSION_EXPIRED') {
          void message.warning({ content: t('auth.sessionExpired'), key: 'session-lost' });
        }
      }),
    [queryClient, message],
  );
  // The server closed the API until the password changes: reload the session; RequireAuth then
  // sends the user to the password change.
  useEffect(
    () => onPasswordChangeRequired(() => void queryClient.invalidateQueries({ queryKey: meQueryKey })),
    [queryClient],
  );
  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const phone = usePhone();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={locale === 'vi' ? viVN : enUS}
        theme={theme}
        componentSize={phone ? 'large' : 'middle'}
        csp={cspNonce ? { nonce: cspNonce } : undefined}
      >
        <AntApp>
          <SessionWatcher />
          {children}
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
