export * from './audit';
export * from './couples';
export * from './email';
export * from './enums';
export * from './homework';
export * from './identity';
export * from './invitations';
export * from './practices';
