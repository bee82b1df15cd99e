import { RouterProvider } from 'react-router/dom';
import { router } from './router';

export function SignedInApp() {
  return <RouterProvider router={router} />;
}
