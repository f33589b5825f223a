// The Element Timing attribute (https://w3c.github.io/element-timing/): React passes it through.
import 'react';

declare module 'react' {
  // The type parameter must match React's own declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
