// One guarded SDK client per account, service and region, created on first use and destroyed at the end.
import { clientConfig, type ClientFactory, type ClientMap, type ClientService, type Credentials } from './clients.js';
import type { Sender } from './sender.js';

/** Creates, caches and closes the collector's clients; every client handed out is guarded by the sender. */
export class ClientPool {
  private readonly raw: { destroy(): void }[] = [];
  private readonly views = new Map<string, ClientMap[ClientService]>();

  constructor(private readonly factory: ClientFactory, private readonly sender: Sender) {}

  /** The guarded client of a service in a region, with the account's credentials. */
  get<K extends ClientService>(account: string, service: K, region: string, credentials: Credentials): ClientMap[K] {
    const key = `${account}|${service}|${region}`;
    const cached = this.views.get(key);
    if (cached) return cached as ClientMap[K];
    const client = this.factory(service, clientConfig(region, credentials));
    this.raw.push(client);
    const view = this.sender.guard(client, { account, region, service });
    this.views.set(key, view);
    return view;
  }

  /** Closes every client (their sockets). */
  destroy(): void {
    for (const c of this.raw) c.destroy();
    this.raw.length = 0;
    this.views.clear();
  }
}
