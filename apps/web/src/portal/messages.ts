/**
 * The portal's own small catalogue (the staff app's is much larger and must not weigh on the public page).
 * Most of the page is static HTML in index.html so it works without JavaScript.
 */
const vi = {
  loading: 'Đang tải danh bạ…',
  loadFailed: 'Chưa tải được danh bạ. Trong mọi trường hợp, hãy gọi 111.',
  retry: 'Thử lại',
  empty: 'Danh bạ cơ quan bảo vệ trẻ em tại địa phương đang được cập nhật. Xin gọi 111 để được hỗ trợ.',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  address: 'Địa chỉ',
  call: 'Gọi {phone}',
} as const;

type PortalMessageKey = keyof typeof vi;

const en: Record<PortalMessageKey, string> = {
  loading: 'Loading the directory…',
  loadFailed: 'The directory could not be loaded. In any case, call 111.',
  retry: 'Try again',
  empty: 'The directory of local child-protection services is being updated. Please call 111 for help.',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  call: 'Call {phone}',
};

const messages: Record<PortalMessageKey, string> = document.documentElement.lang === 'en' ? en : vi;

export function pt(key: PortalMessageKey, params?: Record<string, string>): string {
  const template = messages[key];
  return params ? template.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match) : template;
}
