import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/**
 * Posts a mailed link's token to the API once, as the page opens (the click on the link was the
 * person's intent), and again only for another token. A ref, not the mutation's state, guards
 * against the second mount of React's strict mode, which would spend a single-use token twice
 * and show the second answer's 400.
 */
export function useSpendLinkToken(token: string | undefined, spend: (token: string) => Promise<void>) {
  const mutation = useMutation({ mutationFn: spend });
  const sent = useRef<string | undefined>(undefined);
  const { mutate } = mutation;
  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    mutate(token);
  }, [mutate, token]);
  return mutation;
}
