export * from './audit';
export * from './couples';
export * from './email';
export * from './enums';
export * from './identity';
export * from './practices';
export * from './invitations';
