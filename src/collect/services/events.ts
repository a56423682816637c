// EventBridge: list-rules.json of the default event bus, then per rule list-targets-by-rule.
import { ListRulesCommand, ListTargetsByRuleCommand } from '@aws-sdk/client-eventbridge';
import { allTokenPages } from '../pages.js';
import { encodeName } from '../paths.js';
import type { ServiceCollector } from './types.js';

/** Every rule of the default event bus and its targets (these operations have no SDK paginator). */
export const eventsCollector: ServiceCollector = {
  name: 'events',
  level: 'region',
  async collect(scope) {
    const client = scope.client('events');
    const list = await scope.file('events/list-rules.json', () =>
      allTokenPages((NextToken) => client.send(new ListRulesCommand({ NextToken, Limit: 100 }))),
    );
    await Promise.all(
      (list?.Rules ?? []).map(async ({ Name }) => {
        if (!Name) return;
        await scope.file(`events/rules/${encodeName(Name)}/list-targets-by-rule.json`, () =>
          allTokenPages((NextToken) => client.send(new ListTargetsByRuleCommand({ Rule: Name, NextToken, Limit: 100 }))),
        );
      }),
    );
  },
};
