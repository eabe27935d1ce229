// Text#splitText where the DOM has it (browsers keep live ranges right), a faithful stand-in where it
// does not (linkedom): the original node keeps the head, a new node after it takes the tail.
export function splitText(node: Text, offset: number): Text {
  if (typeof node.splitText === 'function') return node.splitText(offset);
  const tail = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode?.insertBefore(tail, node.nextSibling);
  return tail;
}
