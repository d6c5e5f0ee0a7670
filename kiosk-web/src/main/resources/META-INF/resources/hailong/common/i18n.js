// The words of the kiosk and the form that are not in the questionnaire. Questions and scale
// labels always come from GET /api/v1/questionnaire.

export const STRINGS = {
  vi: {
    otherLanguage: 'English',
    otherLanguageName: 'Switch to English',
    welcomeTitle: 'Xin Ông/Bà cho biết mức độ hài lòng với sự phục vụ hôm nay.',
    welcomeHint: 'Chỉ 6 câu hỏi, khoảng 20 giây. Không cần ghi tên.',
    start: 'Bắt đầu đánh giá',
    progress: (n, total) => `Câu ${n}/${total}`,
    back: 'Quay lại',
    commentTitle: 'Ông/Bà có muốn góp ý thêm không?',
    commentHint: 'Không bắt buộc. Xin đừng ghi số điện thoại hay số giấy tờ.',
    commentLabel: 'Góp ý',
    commentOptional: 'Góp ý thêm (không bắt buộc). Xin đừng ghi số điện thoại hay số giấy tờ.',
    submit: 'Gửi',
    skip: 'Bỏ qua, gửi luôn',
    thanksTitle: 'Xin cảm ơn Ông/Bà!',
    thanksText: 'Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn.',
    notSetUpTitle: 'Kiosk chưa được cài đặt',
    notSetUpText: 'Xin cán bộ mở đường dẫn cài đặt của kiosk này.',
    queueStatus: (queued, dropped) => `${queued} đánh giá chờ gửi; ${dropped} bị máy chủ từ chối`,
    staffTitle: 'Hàng đợi đánh giá của kiosk',
    staffQueued: 'Chờ gửi',
    staffDropped: 'Máy chủ không nhận (vẫn lưu trên máy)',
    staffOldest: (since, status) => `Đánh giá chờ lâu nhất: từ ${since}${status ? `; máy chủ trả lời lần cuối: ${status}` : ''}.`,
    staffEmpty: 'Không có đánh giá nào chờ gửi.',
    staffExport: 'Tải tệp JSON',
    staffClose: 'Đóng',
    // web form
    formTitle: 'Đánh giá mức độ hài lòng',
    formIntro: 'Xin Ông/Bà chọn một mặt cho mỗi câu. Không cần ghi tên.',
    moreDetail: 'Đánh giá chi tiết hơn',
    detailTitle: 'Đánh giá chi tiết hơn (không bắt buộc)',
    backToMain: 'Quay lại 6 câu chính',
    sendForm: 'Gửi đánh giá',
    sending: 'Đang gửi…',
    answerAll: 'Xin Ông/Bà trả lời đủ 6 câu (có thể chọn “Không áp dụng”).',
    receiptLabel: 'Số phiếu',
    alreadyTitle: 'Phiếu này đã được đánh giá. Xin cảm ơn Ông/Bà!',
    alreadyText: 'Mỗi phiếu hẹn được đánh giá một lần.',
    queuedText: 'Đánh giá đã được lưu trên máy và sẽ tự gửi khi có mạng. Xin đừng xoá dữ liệu trình duyệt.',
    refusedTitle: 'Chưa gửi được đánh giá',
    noUnitTitle: 'Không tìm thấy đơn vị',
    noUnitText: 'Xin Ông/Bà quét lại mã QR trên phiếu hẹn.',
    loadFailed: 'Không tải được câu hỏi. Xin thử lại sau ít phút.',
  },
  en: {
    otherLanguage: 'Tiếng Việt',
    otherLanguageName: 'Chuyển sang tiếng Việt',
    welcomeTitle: 'Please tell us how satisfied you are with our service today.',
    welcomeHint: 'Only 6 questions, about 20 seconds. No name needed.',
    start: 'Start rating',
    progress: (n, total) => `Question ${n} of ${total}`,
    back: 'Back',
    commentTitle: 'Would you like to add a comment?',
    commentHint: 'Optional. Please do not write phone or ID numbers.',
    commentLabel: 'Comment',
    commentOptional: 'Comment (optional). Please do not write phone or ID numbers.',
    submit: 'Send',
    skip: 'Skip and send',
    thanksTitle: 'Thank you!',
    thanksText: 'Your opinion helps us serve you better.',
    notSetUpTitle: 'This kiosk is not set up',
    notSetUpText: 'Staff: please open this kiosk’s setup link.',
    queueStatus: (queued, dropped) => `${queued} ratings waiting to be sent; ${dropped} refused by the server`,
    staffTitle: 'This kiosk’s rating queue',
    staffQueued: 'Waiting to be sent',
    staffDropped: 'Not accepted by the server (kept on this device)',
    staffOldest: (since, status) => `Oldest waiting rating: since ${since}${status ? `; last answer of the server: ${status}` : ''}.`,
    staffEmpty: 'No rating is waiting to be sent.',
    staffExport: 'Download JSON file',
    staffClose: 'Close',
    formTitle: 'Satisfaction survey',
    formIntro: 'Please choose one face for each question. No name needed.',
    moreDetail: 'Rate in more detail',
    detailTitle: 'More detail (optional)',
    backToMain: 'Back to the 6 main questions',
    sendForm: 'Send rating',
    sending: 'Sending…',
    answerAll: 'Please answer all 6 questions (you may choose “Not applicable”).',
    receiptLabel: 'Receipt',
    alreadyTitle: 'This receipt has already been rated. Thank you!',
    alreadyText: 'Each receipt can be rated once.',
    queuedText: 'Your rating is saved on this device and will be sent when the connection is back. Please do not clear the browser data.',
    refusedTitle: 'The rating could not be sent',
    noUnitTitle: 'Office not found',
    noUnitText: 'Please scan the QR code on your receipt again.',
    loadFailed: 'The questions could not be loaded. Please try again in a few minutes.',
  },
};

/** A question's text, a scale value's or the N/A label, in the language shown. */
export function localised(item, lang) {
  if ('textVi' in item) return lang === 'en' ? item.textEn : item.textVi;
  if ('nameVi' in item) return lang === 'en' ? item.nameEn : item.nameVi;
  return lang === 'en' ? item.labelEn : item.labelVi;
}

/** Sets the document language, so that screen readers and hyphenation follow the toggle. */
export function applyLanguage(lang) {
  document.documentElement.lang = lang;
}
