export * from './templates/link-validity';
export * from './templates/mail-render.error';
export * from './templates/mail-renderer';
export * from './templates/mail-template';
export * from './transport/smtp-failure';
export * from './transport/smtp-settings';
export * from './transport/smtp-transport';
