// Errors the bridge answers with: a status and a message react-admin shows as is.
export class BridgeError extends Error {
  constructor(public status: number, message: string, public details: Record<string, unknown> = {}) {
    super(message);
  }
}

export const badRequest = (message: string, details: Record<string, unknown> = {}) => new BridgeError(400, message, details);
