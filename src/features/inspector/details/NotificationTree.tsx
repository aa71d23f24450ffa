import { useMemo } from 'react';
import { xmlTree, type XmlNode } from '../../../lib/xml-tree';
import { Card } from './Card';

function Node({ node }: { node: XmlNode }) {
  return (
    <li>
      <span className="text-sky-300">{node.name}</span>
      {node.attributes.map(([name, value]) => (
        <span key={name} className="ml-1.5">
          <span className="text-violet-300">{name}</span>=
          <span className="text-emerald-300">{value}</span>
        </span>
      ))}
      {node.text && <span className="ml-2 text-neutral-100">“{node.text}”</span>}
      {node.children.length > 0 && (
        <ul className="ml-3 border-l border-neutral-800 pl-2">
          {node.children.map((child, i) => (
            <Node key={i} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The payload as a tree of elements, to read its structure at a glance (text, never HTML). */
export function NotificationTree({ xml }: { xml: string }) {
  const tree = useMemo(() => xmlTree(xml), [xml]);
  if (tree.length === 0) return null;
  return (
    <Card title="Notification tree">
      <ul aria-label="Notification elements" className="font-mono text-xs">
        {tree.map((node, i) => (
          <Node key={i} node={node} />
        ))}
      </ul>
    </Card>
  );
}
